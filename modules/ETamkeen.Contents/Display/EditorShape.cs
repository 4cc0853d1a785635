using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Contents.ViewModels;

namespace ETamkeen.Contents.Display;

/// <summary>
/// A part's or field's inputs in the admin editor, with the view that renders them: the same
/// lookup as the page's shapes with the <c>Edit</c> display type (<c>Fields/TextField.Edit.{Type}</c>,
/// <c>Fields/TextField.Edit</c>...). The form names stay those of <see cref="EditorInput"/>.
/// </summary>
public sealed record EditorShape(string ShapeType, string Differentiator, string ContentType, IReadOnlyList<EditorInput> Inputs, string? ViewPath)
{
    /// <summary>What renders a shape's inputs when no Edit view exists for it: one text box each.</summary>
    public const string FallbackInputView = ShapeViewResolver.Root + "Editors/Text.cshtml";

    /// <summary>The ids of an input's hint and errors, for <c>aria-describedby</c>; null when it has neither.</summary>
    public static string? DescribedBy(EditorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var hint = input.Hint is null ? null : input.Id + "_hint";
        var error = input.Errors.Count == 0 ? null : input.Id + "_error";
        return hint is null ? error : error is null ? hint : hint + " " + error;
    }

    /// <summary>A group's inputs split into its part's shape and one shape per field, in the group's order.</summary>
    public static IReadOnlyList<EditorShape> For(EditorGroup group, ContentTypeDefinition? type, ContentDisplayBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(builder);
        if (type is null)
        {
            // The type was removed while the form was being made: plain boxes keep the values.
            return [new EditorShape("", group.Name, "", group.Inputs, null)];
        }

        var descriptors = builder.Descriptors(type, DisplayTypes.Edit).Where(d => d.Part.Name == group.Name).ToList();
        var shapes = new List<EditorShape>();
        foreach (var inputs in group.Inputs.GroupBy(input => FieldOf(group.Name, input.Name)))
        {
            var descriptor = descriptors.FirstOrDefault(d => d.Field?.Name == inputs.Key);
            if (descriptor is not null)
            {
                shapes.Add(new EditorShape(descriptor.ShapeType, descriptor.Differentiator, type.Name, [.. inputs], descriptor.ViewPath));
            }
            else
            {
                // An input the type no longer describes still gets a box: its value must not be lost on save.
                shapes.Add(new EditorShape("", inputs.Key ?? group.Name, type.Name, [.. inputs], null));
            }
        }

        return shapes;
    }

    /// <summary>The field an input belongs to (<c>Part.Field.Property</c>), or null for the part's own (<c>Part.Property</c>).</summary>
    private static string? FieldOf(string part, string inputName)
    {
        var rest = inputName.AsSpan(part.Length + 1);
        var dot = rest.IndexOf('.');
        return dot < 0 ? null : rest[..dot].ToString();
    }
}
