namespace ETamkeen.Recipes;

/// <summary>A recipe that can't run: bad JSON, or a step that failed. Says which step.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string message, int? stepIndex = null, string? stepName = null, Exception? inner = null)
        : base(message, inner)
    {
        StepIndex = stepIndex;
        StepName = stepName;
    }

    public int? StepIndex { get; }
    public string? StepName { get; }
}
