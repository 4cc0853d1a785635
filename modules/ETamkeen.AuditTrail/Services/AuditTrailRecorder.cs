using System.Data.Common;
using System.Security.Claims;
using ETamkeen.AuditTrail.Models;
using ETamkeen.Security;
using ETamkeen.Settings;
using ETamkeen.Shells;
using Microsoft.Extensions.Logging;

namespace ETamkeen.AuditTrail.Services;

/// <summary>
/// Fills in who (the signed-in user, <c>system</c> for the host key, <c>recipe</c> outside any
/// request), when, from which address and on which tenant, then stores the event and, at most
/// once an hour, drops what is past the retention.
/// </summary>
public sealed class AuditTrailRecorder(
    AuditTrailStore store,
    AuditTrailRetention retention,
    AuditRequest request,
    ShellSettings shell,
    ISiteService site,
    ILogger<AuditTrailRecorder> logger) : IAuditTrail
{
    public const string SystemUser = "system";
    public const string RecipeUser = "recipe";
    public const string AnonymousUser = "anonymous";

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        var context = request.Context;
        var (userId, userName) = Who(context?.User, context is null);
        var entry = new AuditTrailEntry
        {
            CreatedUtc = DateTime.UtcNow,
            Tenant = shell.Name,
            Category = Clip(auditEvent.Category, 64),
            Action = Clip(auditEvent.Action, 64),
            Subject = Clip(auditEvent.Subject, 255),
            SubjectDisplay = ClipOrNull(auditEvent.SubjectDisplay, 255),
            UserId = ClipOrNull(userId, 255),
            UserName = Clip(userName, 255),
            ClientIp = ClipOrNull(context?.Connection.RemoteIpAddress?.ToString(), 64),
            Details = ClipOrNull(auditEvent.Details, 4000),
        };

        try
        {
            await store.InsertAsync(entry, cancellationToken);
            await retention.PruneIfDueAsync(store, site, cancellationToken);
        }
        catch (DbException e)
        {
            // The action is done and can't be undone here; a lost entry is logged instead of failing it.
            logger.LogError(e, "Audit event {Category} {Action} {Subject} on {Tenant} could not be stored", entry.Category, entry.Action, entry.Subject, entry.Tenant);
        }
    }

    public static (string? UserId, string UserName) Who(ClaimsPrincipal? user, bool outsideRequest)
    {
        if (outsideRequest || user is null)
        {
            return (null, RecipeUser);
        }

        if (user.HasClaim(SystemPrincipal.SystemClaim, "true"))
        {
            return (null, SystemUser);
        }

        return user.Identity?.IsAuthenticated == true
            ? (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?")
            : (null, AnonymousUser);
    }

    private static string Clip(string? value, int length) => ClipOrNull(value, length) ?? "";

    private static string? ClipOrNull(string? value, int length) =>
        value is null ? null : value.Length <= length ? value : value[..(length - 1)] + "…";
}
