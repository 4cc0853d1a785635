using ETamkeen.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Api;

public static class ApiRoutes
{
    /// <summary>A group of API endpoints for holders of the permission: the host key, or a user by token or cookie.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder routes, string prefix, Permission permission) =>
        routes.MapGroup(prefix).RequirePermission(permission);

    /// <summary>A group whose endpoints check permissions per item themselves (content): any authenticated caller gets in.</summary>
    public static RouteGroupBuilder MapAuthenticatedApiGroup(this IEndpointRouteBuilder routes, string prefix) =>
        routes.MapGroup(prefix).RequireAuthorization(SystemPrincipal.ApiPolicy);

    /// <summary>400 with the errors by field, in the ProblemDetails shape clients already parse.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors, string? title = null) =>
        Results.ValidationProblem(errors, title: title ?? "The request is not valid.");

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Problem(int status, string title) => Results.Problem(title: title, statusCode: status);
}
