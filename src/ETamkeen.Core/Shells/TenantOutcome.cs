using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ETamkeen.Shells;

/// <summary>
/// What a change to a tenant came to. <see cref="Message"/> is a composite format with its
/// <see cref="Arguments"/> apart, so that the admin can translate it and the API and CLI print it.
/// </summary>
public sealed record TenantOutcome(
    int StatusCode,
    ShellSettings? Tenant = null,
    string? Message = null,
    object[]? Arguments = null,
    IDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    public string Text => Message is null ? "" : string.Format(CultureInfo.InvariantCulture, Message, Arguments ?? []);

    public static TenantOutcome Done(ShellSettings tenant) => new(StatusCodes.Status200OK, tenant);

    public static TenantOutcome Fail(int statusCode, string message, params object[] arguments) => new(statusCode, Message: message, Arguments: arguments);

    public static TenantOutcome NotFound(string name) => Fail(StatusCodes.Status404NotFound, "No tenant named '{0}'.", name);
}
