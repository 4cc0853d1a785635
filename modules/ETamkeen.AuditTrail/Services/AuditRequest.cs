using Microsoft.AspNetCore.Http;

namespace ETamkeen.AuditTrail.Services;

/// <summary>
/// The request an event is recorded in, handed over by the feature's middleware. A request
/// scope holds it, so work in a scope of its own (a recipe's steps, a background task) has
/// none and is recorded as <c>recipe</c>.
/// </summary>
public sealed class AuditRequest
{
    public HttpContext? Context { get; set; }
}
