using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Services;

namespace ETamkeen.Contents.Fields;

/// <summary>
/// Fields that hold ids: <c>ContentPickerField {ContentItemIds}</c>, <c>TaxonomyField
/// {TaxonomyContentItemId, TermContentItemIds}</c>, <c>UserPickerField {UserIds}</c>,
/// <c>LocalizationSetContentPickerField {LocalizationSets}</c>. Required and single-value
/// settings are checked, and picked content must exist in this tenant.
/// </summary>
public abstract class IdListFieldHandler(string fieldName, string property, string singleFlag, bool singleWhenTrue) : IContentFieldHandler
{
    public string FieldName => fieldName;

    public async Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryStrings(context.Value[property], out var ids))
        {
            context.Error($"{context.Label} must be a list of ids.");
            return;
        }

        var settings = context.Settings(fieldName + "Settings");
        if (JsonValues.Flag(settings, "Required") && ids.Count == 0)
        {
            context.Error($"{context.Label} is required.");
        }

        if (JsonValues.Flag(settings, singleFlag) == singleWhenTrue && ids.Count > 1)
        {
            context.Error($"{context.Label} takes one value.");
        }

        if (ids.Any(id => !ContentIds.IsValid(id)))
        {
            context.Error($"{context.Label} holds an id that isn't one.");
            return;
        }

        await CheckAsync(context, ids);
    }

    protected virtual Task CheckAsync(FieldUpdateContext context, List<string> ids) => Task.CompletedTask;
}

public sealed class ContentPickerFieldHandler(ContentQueries queries)
    : IdListFieldHandler("ContentPickerField", "ContentItemIds", "Multiple", singleWhenTrue: false)
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
            context.Error($"{context.Label} refers to items that don't exist: {string.Join(", ", missing)}.");
        }
    }
}

public sealed class TaxonomyFieldHandler() : IdListFieldHandler("TaxonomyField", "TermContentItemIds", "Unique", singleWhenTrue: true)
{
}

public sealed class UserPickerFieldHandler() : IdListFieldHandler("UserPickerField", "UserIds", "Multiple", singleWhenTrue: false)
{
}

public sealed class LocalizationSetContentPickerFieldHandler()
    : IdListFieldHandler("LocalizationSetContentPickerField", "LocalizationSets", "Multiple", singleWhenTrue: false)
{
}
