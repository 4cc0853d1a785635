using System.Text.Json.Nodes;
using ETamkeen.Email;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>EmailTask</c>: sends through the tenant's <see cref="IEmailSender"/>. Every
/// property is Liquid (Orchard's names: <c>RecipientsExpression</c>, <c>CcExpression</c>,
/// <c>BccExpression</c>, <c>ReplyToExpression</c>, <c>SubjectExpression</c>, <c>Body</c>,
/// <c>IsHtmlBody</c>); addresses are separated by commas or semicolons. <c>Done</c> when the
/// server took it, <c>Failed</c> with the reason as the last result otherwise.
/// </summary>
public sealed class EmailTask : TaskActivity
{
    public override string Name => "EmailTask";
    public override string Category => "Messaging";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("RecipientsExpression", ActivityPropertyTypes.Liquid, Required: true),
        new("CcExpression", ActivityPropertyTypes.Liquid),
        new("BccExpression", ActivityPropertyTypes.Liquid),
        new("ReplyToExpression", ActivityPropertyTypes.Liquid),
        new("SubjectExpression", ActivityPropertyTypes.Liquid, Required: true),
        new("Body", ActivityPropertyTypes.Liquid),
        new("IsHtmlBody", ActivityPropertyTypes.Boolean),
    ];

    public override IEnumerable<string> Outcomes(ActivityContext context) => ["Done", "Failed"];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var sender = context.Workflow.Services.GetService<IEmailSender>()
            ?? throw new InvalidOperationException("E-mail is not available on this site: enable the e-mail feature.");
        var to = Addresses(await context.RenderLiquidAsync("RecipientsExpression"));
        if (to.Count == 0)
        {
            throw new FormatException("The e-mail has no recipient.");
        }

        var body = await context.RenderLiquidAsync("Body");
        var html = context.Bool("IsHtmlBody");
        var replyTo = (await context.RenderLiquidAsync("ReplyToExpression")).Trim();
        var result = await sender.SendAsync(new EmailMessage
        {
            To = to,
            Cc = Addresses(await context.RenderLiquidAsync("CcExpression")),
            Bcc = Addresses(await context.RenderLiquidAsync("BccExpression")),
            ReplyTo = replyTo.Length > 0 ? replyTo : null,
            Subject = (await context.RenderLiquidAsync("SubjectExpression")).Trim(),
            HtmlBody = html ? body : null,
            TextBody = html ? null : body,
        }, context.Workflow.CancellationToken);
        context.Workflow.State.LastResult = result.Succeeded ? JsonValue.Create("sent") : JsonValue.Create(result.Error);
        return ActivityResult.Outcomes(result.Succeeded ? "Done" : "Failed");
    }

    private static List<string> Addresses(string text) =>
        [.. text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
