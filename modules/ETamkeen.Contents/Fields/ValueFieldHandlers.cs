using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Fields;

/// <summary><c>NumericField {Value}</c>; <c>NumericFieldSettings {Required, Minimum, Maximum, Scale}</c>.</summary>
public sealed class NumericFieldHandler(IStringLocalizer<NumericFieldHandler> t) : IContentFieldHandler
{
    public string FieldName => "NumericField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        var node = context.Value["Value"];
        var settings = context.Settings("NumericFieldSettings");
        if (JsonValues.IsMissing(node))
        {
            if (JsonValues.Flag(settings, "Required"))
            {
                context.Error(t["{0} is required.", context.Label]);
            }

            return Task.CompletedTask;
        }

        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            context.Error(t["{0} must be a number.", context.Label]);
            return Task.CompletedTask;
        }

        // A value set in code may hold an int or a double; one parsed from JSON reads as decimal.
        var value = v.TryGetValue<decimal>(out var exact) ? exact : decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (JsonValues.Number(settings, "Minimum") is { } min && value < (decimal)min)
        {
            context.Error(t["{0} is at least {1}.", context.Label, min.ToString(CultureInfo.InvariantCulture)]);
        }

        if (JsonValues.Number(settings, "Maximum") is { } max && value > (decimal)max)
        {
            context.Error(t["{0} is at most {1}.", context.Label, max.ToString(CultureInfo.InvariantCulture)]);
        }

        var scale = (int)(JsonValues.Number(settings, "Scale") ?? 0);
        if (scale >= 0 && Math.Round(value, scale) != value)
        {
            context.Error(scale == 0 ? t["{0} is a whole number.", context.Label] : t["{0} has at most {1} decimals.", context.Label, scale]);
        }

        return Task.CompletedTask;
    }
}

/// <summary><c>BooleanField {Value}</c>.</summary>
public sealed class BooleanFieldHandler(IStringLocalizer<BooleanFieldHandler> t) : IContentFieldHandler
{
    public string FieldName => "BooleanField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        var node = context.Value["Value"];
        if (!JsonValues.IsMissing(node) && (node is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
        {
            context.Error(t["{0} must be true or false.", context.Label]);
        }

        return Task.CompletedTask;
    }
}

/// <summary><c>DateField {Value}</c> (a day) and <c>DateTimeField {Value}</c> (an instant, stored in UTC).</summary>
public abstract class DateValueFieldHandler(string fieldName, IStringLocalizer t) : IContentFieldHandler
{
    public string FieldName => fieldName;

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryString(context.Value["Value"], out var text))
        {
            context.Error(t["{0} must be a date such as {1}.", context.Label, "2022-11-24"]);
            return Task.CompletedTask;
        }

        if (string.IsNullOrEmpty(text))
        {
            if (JsonValues.Flag(context.Settings(fieldName + "Settings"), "Required"))
            {
                context.Error(t["{0} is required.", context.Label]);
            }

            return Task.CompletedTask;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            context.Error(t["{0} must be a date such as {1}.", context.Label, "2022-11-24"]);
            return Task.CompletedTask;
        }

        context.Value["Value"] = fieldName == "DateField"
            ? parsed.UtcDateTime.Date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture)
            : parsed.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }
}

public sealed class DateFieldHandler(IStringLocalizer<DateFieldHandler> t) : DateValueFieldHandler("DateField", t);

public sealed class DateTimeFieldHandler(IStringLocalizer<DateTimeFieldHandler> t) : DateValueFieldHandler("DateTimeField", t);
