namespace ETamkeen.Trainings.Services;

/// <summary><c>ETamkeen:Trainings</c> in configuration: when evaluations go out and how long their links work.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "ETamkeen:Trainings";

    /// <summary>Weeks between a session's last day and its cold evaluation.</summary>
    public int ColdEvaluationWeeks { get; set; } = 8;

    /// <summary>Days after a request without an answer before the one reminder.</summary>
    public int EvaluationReminderDays { get; set; } = 3;

    /// <summary>Days an evaluation link works after it was sent (a reminder sends a fresh one).</summary>
    public int EvaluationLinkDays { get; set; } = 30;

    /// <summary>
    /// Days after the moment an evaluation became due during which it is still sent: enabling the
    /// feature on a tenant with years of sessions doesn't mail everyone who ever took one.
    /// </summary>
    public int EvaluationSendWindowDays { get; set; } = 21;

    /// <summary>Addresses alerted about low scores besides the administrators (comma-separated).</summary>
    public string? CoordinatorEmails { get; set; }

    /// <summary>
    /// The license PDFsharp runs under for certificates: <c>AGPL</c> (its free license, with the
    /// AGPL's obligations) or a commercial key; unset, certificates can't be downloaded.
    /// </summary>
    public string? PdfSharpLicense { get; set; }

    /// <summary>The tenant's public address (with its prefix) for links e-mailed outside a request; else the workflows' one.</summary>
    public string? PublicUrl { get; set; }
}
