namespace ETamkeen.Trainings.Models;

public enum SessionStatus
{
    Draft,
    Open,
    Full,
    Closed,
    Held,
    Cancelled,
}
