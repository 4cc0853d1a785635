using System.Globalization;
using Acornima;
using ETamkeen.Workflows.Activities;
using Jint;
using Jint.Runtime;
using Scriban;

namespace ETamkeen.Workflows.Designer;

/// <summary>
/// Syntax checks that cost a parse and no run: JavaScript as Jint reads it, Liquid as Scriban
/// does, cron as the timer scheduler does, durations as the delay task does. Each answers the
/// parser's own message, or null when the text is fine.
/// </summary>
public static class ExpressionSyntax
{
    public static string? JavaScript(string code)
    {
        try
        {
            Engine.PrepareScript(code);
            return null;
        }
        catch (ScriptPreparationException e)
        {
            return e.InnerException?.Message ?? e.Message;
        }
        catch (ParseErrorException e)
        {
            return e.Message;
        }
    }

    public static string? Liquid(string text)
    {
        var template = Template.ParseLiquid(text);
        return template.HasErrors ? string.Join("; ", template.Messages.Select(m => m.ToString())) : null;
    }

    public static string? Cron(string expression)
    {
        try
        {
            CronSchedules.Next(expression, DateTime.UtcNow);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    public static bool IsDuration(string text) => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero;
}
