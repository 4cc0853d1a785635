using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Services;

/// <summary>Runs the handlers of every part and field of the item's type, in the type's order.</summary>
public sealed class ContentValidator(IEnumerable<IContentPartHandler> parts, IEnumerable<IContentFieldHandler> fields, IStringLocalizer<ContentValidator> t)
{
    private readonly Dictionary<string, IContentPartHandler> _parts = parts.ToDictionary(p => p.PartName, StringComparer.Ordinal);
    private readonly Dictionary<string, IContentFieldHandler> _fields = fields.ToDictionary(f => f.FieldName, StringComparer.Ordinal);

    public async Task ValidateAsync(ContentUpdateContext context)
    {
        foreach (var typePart in context.Type.Parts)
        {
            AdoptName(context.Item.Content, typePart.Name);
            if (context.Item.Content[typePart.Name] is JsonObject named)
            {
                foreach (var field in typePart.Fields)
                {
                    AdoptName(named, field.Name);
                }
            }

            if (context.Item.Content[typePart.Name] is { } existing and not JsonObject)
            {
                context.Error(typePart.Name, t["{0} must be an object.", typePart.Name]);
                continue;
            }

            var part = context.Item.Part(typePart.Name);
            if (_parts.TryGetValue(typePart.PartName, out var handler))
            {
                await handler.UpdatingAsync(context, typePart, part);
            }

            foreach (var field in typePart.Fields)
            {
                if (part[field.Name] is { } value and not JsonObject)
                {
                    context.Error($"{typePart.Name}.{field.Name}", t["{0} must be an object such as {1}.", field.DisplayName, "{\"Text\": \"...\"}"]);
                    continue;
                }

                if (part[field.Name] is not JsonObject fieldValue)
                {
                    fieldValue = [];
                    part[field.Name] = fieldValue;
                }

                if (_fields.TryGetValue(field.FieldName, out var fieldHandler))
                {
                    await fieldHandler.UpdatingAsync(new FieldUpdateContext { Content = context, Part = typePart, Field = field, Value = fieldValue });
                }
            }
        }

        if (string.IsNullOrWhiteSpace(context.Item.DisplayText))
        {
            context.Item.DisplayText = context.Type.DisplayName;
        }
    }

    /// <summary>A client that writes <c>titlePart</c> means <c>TitlePart</c>: take the definition's name.</summary>
    private static void AdoptName(JsonObject container, string name)
    {
        if (container.ContainsKey(name))
        {
            return;
        }

        var other = container.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (other is not null)
        {
            var value = container[other];
            container.Remove(other);
            container[name] = value;
        }
    }
}
