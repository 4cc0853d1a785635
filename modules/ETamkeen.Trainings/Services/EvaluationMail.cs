using System.Globalization;
using ETamkeen.Email;
using ETamkeen.Trainings.Models;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// The evaluation e-mails, in French then Arabic (the programme's languages) whatever the
/// request's, each text from the module's translations.
/// </summary>
public sealed class EvaluationMail(IEmailSender sender, IStringLocalizer<EvaluationMail> t)
{
    private static readonly string[] Cultures = ["fr", "ar"];

    public Task<EmailResult> SendAsync(Participant participant, SessionInfo session, EvaluationKind kind, string link, DateTimeOffset expires, bool reminder, int coldWeeks, CancellationToken cancellationToken)
    {
        var parts = Cultures.Select(culture => In(culture, () => Body(participant, session, kind, link, expires, reminder, coldWeeks))).ToList();
        var subject = string.Join(" / ", Cultures.Select(culture => In(culture, () => reminder
            ? t["Reminder: your opinion on «{0}»", session.Title].Value
            : t["Your opinion on «{0}»", session.Title].Value)));
        return sender.SendAsync(new EmailMessage
        {
            To = [participant.Email],
            Subject = subject,
            TextBody = string.Join("\n\n—\n\n", parts),
        }, cancellationToken);
    }

    private string Body(Participant participant, SessionInfo session, EvaluationKind kind, string link, DateTimeOffset expires, bool reminder, int coldWeeks)
    {
        var day = CultureInfo.InvariantCulture;
        var intro = kind == EvaluationKind.Hot
            ? t["Thank you for taking part in the session «{0}» ({1}, {2} – {3}). Please tell us what you thought of it: it takes two minutes and needs no account.",
                session.Title, session.City, session.FirstDay?.ToString("yyyy-MM-dd", day) ?? "", session.LastDay?.ToString("yyyy-MM-dd", day) ?? ""].Value
            : t["{0} weeks ago you took part in the session «{1}». How do you use what you learned at work? Please answer this short evaluation; it needs no account.", coldWeeks, session.Title].Value;
        var lines = new List<string> { t["Hello {0},", participant.FullName].Value, "" };
        if (reminder)
        {
            lines.Add(t["We have not received your answer yet."].Value);
        }

        lines.Add(intro);
        lines.Add(link);
        lines.Add(t["The link works until {0}.", expires.UtcDateTime.ToString("yyyy-MM-dd", day)].Value);
        return string.Join("\n", lines);
    }

    /// <summary>Runs <paramref name="text"/> with the UI culture set, so the localizer answers in that language.</summary>
    internal static string In(string culture, Func<string> text) => InCulture(culture, text);

    internal static T InCulture<T>(string culture, Func<T> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
