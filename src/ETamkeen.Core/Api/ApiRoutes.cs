using ETamkeen.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Api;

public static class ApiRoutes
{
    /// <summary>A group of API endpoints, open to the system principal (users' tokens join with the users feature).</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder routes, string prefix) =>
        routes.MapGroup(prefix).RequireAuthorization(SystemPrincipal.ApiPolicy);

    /// <summary>400 with the errors by field, in the ProblemDetails shape clients already parse.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors, string? title = null) =>
        Results.ValidationProblem(errors, title: title ?? "The request is not valid.");

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Problem(int status, string title) => Results.Problem(title: title, statusCode: status);
}
