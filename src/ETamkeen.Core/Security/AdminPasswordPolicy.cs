namespace ETamkeen.Security;

/// <summary>The minimum an administrator password must meet at setup.</summary>
public static class AdminPasswordPolicy
{
    public const int MinimumLength = 10;

    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"The administrator password needs at least {MinimumLength} characters.";
        }

        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            return "The administrator password needs letters and digits.";
        }

        return null;
    }
}
