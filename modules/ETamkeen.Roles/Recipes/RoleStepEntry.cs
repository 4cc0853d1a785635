using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Recipes;
using ETamkeen.Roles.Services;

namespace ETamkeen.Roles.Recipes;

/// <summary>How a role's listed permissions combine with those it holds (Orchard's names; Replace by default).</summary>
public enum PermissionBehavior
{
    Replace,
    Add,
    Remove,
}

/// <summary>
/// One role of a <c>Roles</c> step, read and checked before anything changes, so that a bad
/// entry anywhere fails the whole step. Keys match case-insensitively, like other steps.
/// </summary>
public sealed record RoleStepEntry(string Name, string? Description, IReadOnlyList<string> Permissions, PermissionBehavior Behavior)
{
    public static IReadOnlyList<RoleStepEntry> ParseAll(JsonObject step)
    {
        if (RecipeParser.Property(step, "Roles") is not JsonArray roles)
        {
            throw new RecipeException("Roles must be a list of roles, each with a Name.");
        }

        return [.. roles.Select((node, index) => node is JsonObject role
            ? Parse(role, index)
            : throw new RecipeException($"Role {index} must be an object with a Name."))];
    }

    private static RoleStepEntry Parse(JsonObject role, int index)
    {
        var name = Text(role, "Name", index)?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new RecipeException($"Role {index} has no Name.");
        }

        if (!RoleNameRules.IsValid(name))
        {
            throw new RecipeException($"'{name}' is not a valid role name: use up to {RoleNameRules.MaxLength} letters, digits, spaces, dashes and underscores.");
        }

        var description = Text(role, "Description", index)?.Trim();
        if (description?.Length > RoleNameRules.MaxDescriptionLength)
        {
            throw new RecipeException($"The description of role {name} is longer than {RoleNameRules.MaxDescriptionLength} characters.");
        }

        return new RoleStepEntry(name, description, ReadPermissions(role, name), ReadBehavior(role, name));
    }

    private static string? Text(JsonObject role, string key, int index) => RecipeParser.Property(role, key) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw new RecipeException($"{key} of role {index} must be a string."),
    };

    private static List<string> ReadPermissions(JsonObject role, string name)
    {
        var node = RecipeParser.Property(role, "Permissions");
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray list)
        {
            throw new RecipeException($"Permissions of role {name} must be a list of permission names.");
        }

        return [.. list.Select(p => p is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Trim() is { Length: > 0 } permission
            ? permission
            : throw new RecipeException($"Permissions of role {name} must be a list of permission names; {p?.ToJsonString() ?? "null"} is not one."))];
    }

    private static PermissionBehavior ReadBehavior(JsonObject role, string name)
    {
        var node = RecipeParser.Property(role, "PermissionBehavior");
        var behavior = node switch
        {
            null => PermissionBehavior.Replace,

            // Orchard's serializer may write the enum as its number.
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var number) => (PermissionBehavior)number,
            JsonValue v when v.GetValueKind() == JsonValueKind.String && !int.TryParse(v.GetValue<string>(), out _)
                && Enum.TryParse<PermissionBehavior>(v.GetValue<string>().Trim(), ignoreCase: true, out var parsed) => parsed,
            _ => (PermissionBehavior)(-1),
        };

        return Enum.IsDefined(behavior)
            ? behavior
            : throw new RecipeException($"PermissionBehavior of role {name} must be Replace, Add or Remove, not {node?.ToJsonString()}.");
    }
}
