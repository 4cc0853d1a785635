using System.Text.Json.Nodes;

namespace ETamkeen.Trainings.Workflows;

/// <summary>The workflows the module ships and the events it raises for them.</summary>
public static class TrainingWorkflows
{
    public const string RegistrationApprovalResource = "ETamkeen.Trainings.Workflows.registration-approval.json";
    public const string RegistrationApprovalTypeId = "trainings-registration-approval";

    /// <summary>The correlation id of a registration's workflows, so a decision resumes that registration's instance only.</summary>
    public static string Correlation(long registrationId) => "training-registration-" + registrationId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<JsonNode> ReadResourceAsync(string name)
    {
        await using var stream = typeof(TrainingWorkflows).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is missing from the trainings module.");
        return (await JsonNode.ParseAsync(stream))!;
    }
}
