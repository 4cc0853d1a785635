using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Services;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Fields;

/// <summary>
/// Fields that hold ids: <c>ContentPickerField {ContentItemIds}</c>, <c>TaxonomyField
/// {TaxonomyContentItemId, TermContentItemIds}</c>, <c>UserPickerField {UserIds}</c>,
/// <c>LocalizationSetContentPickerField {LocalizationSets}</c>. Required and single-value
/// settings are checked, and picked content must exist in this tenant.
/// </summary>
public abstract class IdListFieldHandler(string fieldName, string property, string singleFlag, bool singleWhenTrue, IStringLocalizer t) : IContentFieldHandler
{
    /// <summary>The subclass's localizer: its messages are looked up under its own type, like any <c>IStringLocalizer&lt;T&gt;</c>.</summary>
    protected IStringLocalizer T => t;

    public string FieldName => fieldName;

    public async Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryStrings(context.Value[property], out var ids))
        {
            context.Error(t["{0} must be a list of ids.", context.Label]);
            return;
        }

        var settings = context.Settings(fieldName + "Settings");
        if (JsonValues.Flag(settings, "Required") && ids.Count == 0)
        {
            context.Error(t["{0} is required.", context.Label]);
        }

        if (JsonValues.Flag(settings, singleFlag) == singleWhenTrue && ids.Count > 1)
        {
            context.Error(t["{0} takes one value.", context.Label]);
        }

        if (ids.Any(id => !ContentIds.IsValid(id)))
        {
            context.Error(t["{0} holds an id that isn't one.", context.Label]);
            return;
        }

        await CheckAsync(context, ids);
    }

    protected virtual Task CheckAsync(FieldUpdateContext context, List<string> ids) => Task.CompletedTask;
}

public sealed class ContentPickerFieldHandler(ContentQueries queries, IStringLocalizer<ContentPickerFieldHandler> t)
    : IdListFieldHandler("ContentPickerField", "ContentItemIds", "Multiple", singleWhenTrue: false, t)
{
    protected override async Task CheckAsync(FieldUpdateContext context, List<string> ids)
    {
        if (context.Content.IsImport)
        {
            return;
        }

        var missing = ids.Except(await queries.ExistingAsync(ids)).ToList();
        if (missing.Count > 0)
        {
            context.Error(T["{0} refers to items that don't exist: {1}.", context.Label, string.Join(", ", missing)]);
        }
    }
}

public sealed class TaxonomyFieldHandler(IStringLocalizer<TaxonomyFieldHandler> t) : IdListFieldHandler("TaxonomyField", "TermContentItemIds", "Unique", singleWhenTrue: true, t)
{
}

/// <summary>Picked users must be accounts of this tenant and, unless the field shows all users, hold one of its roles.</summary>
public sealed class UserPickerFieldHandler(Data.IDocumentSession session, IStringLocalizer<UserPickerFieldHandler> t)
    : IdListFieldHandler("UserPickerField", "UserIds", "Multiple", singleWhenTrue: false, t)
{
    protected override async Task CheckAsync(FieldUpdateContext context, List<string> ids)
    {
        if (context.Content.IsImport || ids.Count == 0)
        {
            return;
        }

        // One indexed lookup per picked user (a handful): a list parameter isn't portable across both databases.
        var users = new List<ETamkeen.Security.User>();
        foreach (var id in ids.Distinct())
        {
            users.AddRange(await session.QueryAsync<ETamkeen.Security.User, ETamkeen.Security.UserIndex>("i.\"UserId\" = @id", new { id }, take: 1));
        }

        var missing = ids.Except(users.Select(u => u.UserId)).ToList();
        if (missing.Count > 0)
        {
            context.Error(T["{0} refers to users that don't exist: {1}.", context.Label, string.Join(", ", missing)]);
            return;
        }

        var settings = context.Settings("UserPickerFieldSettings");
        if (!JsonValues.Flag(settings, "DisplayAllUsers") && JsonValues.TryStrings(settings?["DisplayedRoles"], out var roles) && roles.Count > 0)
        {
            var outside = users.Where(u => !u.Roles.Intersect(roles, StringComparer.OrdinalIgnoreCase).Any()).Select(u => u.UserName).ToList();
            if (outside.Count > 0)
            {
                context.Error(T["{0} takes only users with the role {1}; not {2}.", context.Label, string.Join($" {T["or"].Value} ", roles), string.Join(", ", outside)]);
            }
        }
    }
}

public sealed class LocalizationSetContentPickerFieldHandler(IStringLocalizer<LocalizationSetContentPickerFieldHandler> t)
    : IdListFieldHandler("LocalizationSetContentPickerField", "LocalizationSets", "Multiple", singleWhenTrue: false, t)
{
}
