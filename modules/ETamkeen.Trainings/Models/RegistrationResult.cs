namespace ETamkeen.Trainings.Models;

public enum RegistrationFailure
{
    None,
    NotFound,
    Forbidden,
    Invalid,
    Refused,
    Busy,
}

/// <summary>
/// What became of a registration request: the registration (new or the one already there) and a
/// message for the person, or why it was refused, by field where a field is at fault.
/// </summary>
public sealed record RegistrationResult
{
    public RegistrationFailure Failure { get; init; }
    public Registration? Registration { get; init; }
    public Participant? Participant { get; init; }
    public string Message { get; init; } = "";
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public bool Succeeded => Failure == RegistrationFailure.None;

    public static RegistrationResult Fail(RegistrationFailure failure, string message, string field = "") => new()
    {
        Failure = failure,
        Message = message,
        Errors = new Dictionary<string, string[]> { [field.Length == 0 ? "registration" : field] = [message] },
    };
}
