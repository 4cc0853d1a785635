using System.Globalization;
using ETamkeen.Trainings.Models;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>How the public pages word statuses and write days and hours, in the request's culture (Morocco's formats for fr and ar).</summary>
public static class TrainingText
{
    public static string Status(SessionStatus status, IStringLocalizer t) => status switch
    {
        SessionStatus.Open => t["Open"],
        SessionStatus.Full => t["Full"],
        SessionStatus.Closed => t["Registration closed"],
        SessionStatus.Held => t["Held"],
        SessionStatus.Cancelled => t["Cancelled"],
        _ => t["Draft"],
    };

    /// <summary>A Bootstrap badge whose colours keep the contrast axe asks for.</summary>
    public static string StatusClass(SessionStatus status) => status switch
    {
        SessionStatus.Open => "text-bg-success",
        SessionStatus.Full => "text-bg-warning",
        SessionStatus.Cancelled => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string Registration(RegistrationStatus status, IStringLocalizer t) => status switch
    {
        RegistrationStatus.Requested => t["Awaiting approval"],
        RegistrationStatus.Approved => t["Approved"],
        RegistrationStatus.Waitlisted => t["On the waiting list"],
        RegistrationStatus.Cancelled => t["Cancelled"],
        _ => t["Declined"],
    };

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string LongDay(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>"3 – 5 novembre 2022" style ranges are culture-specific; first and last day in full is clear in every language.</summary>
    public static string Dates(SessionInfo info) => info.FirstDay is not { } first ? ""
        : info.LastDay is { } last && last != first ? $"{Day(first)} – {Day(last)}" : Day(first);
}
