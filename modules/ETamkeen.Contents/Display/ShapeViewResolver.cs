using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ETamkeen.Contents.Display;

/// <summary>
/// Finds a shape's view among its alternates, most specific first, under <c>Views/Display/</c>
/// of any module, theme or test assembly, through the Razor view engine. A shell singleton:
/// each path's answer is kept, because compiled views don't change while the shell lives and
/// a miss makes the engine probe every view provider again.
/// </summary>
public sealed class ShapeViewResolver(IRazorViewEngine engine)
{
    public const string Root = "/Views/Display/";
    private readonly ConcurrentDictionary<string, bool> _exists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string ContentType, string DisplayType), string?> _layouts = new();

    /// <summary>
    /// View names under <see cref="Root"/> for a part or field, most specific first. For a part
    /// <c>HtmlBodyPart</c> of type <c>Article</c> shown as a Summary: <c>Parts/HtmlBodyPart.Summary.Article</c>,
    /// <c>Parts/HtmlBodyPart.Summary</c>, <c>Parts/HtmlBodyPart</c> (Detail adds no segment; Edit
    /// never falls back to a display view). A field first tries its differentiator:
    /// <c>Fields/TextField.Summary.Article-Subtitle</c>, then the type, then the kind.
    /// </summary>
    public static List<string> Alternates(ShapeKind kind, string shapeType, string displayType, string contentType, string differentiator)
    {
        var folder = kind == ShapeKind.Part ? "Parts/" : "Fields/";
        var baseName = folder + shapeType + (displayType == DisplayTypes.Detail ? "" : "." + displayType);
        var names = new List<string>(4);
        if (kind == ShapeKind.Field)
        {
            names.Add(baseName + "." + differentiator);
        }

        names.Add(baseName + "." + contentType);
        names.Add(baseName);
        if (displayType is not (DisplayTypes.Detail or DisplayTypes.Edit))
        {
            names.Add(folder + shapeType);
        }

        return names;
    }

    /// <summary>The first of <paramref name="names"/> (relative to <see cref="Root"/>, no extension) that has a view.</summary>
    public string? Resolve(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var path = Root + name + ".cshtml";
            if (Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>
    /// The view that lays out a whole item: <c>Content.{Type}</c> (or <c>Content.{DisplayType}.{Type}</c>)
    /// replaces the default <c>Content</c> / <c>Content.{DisplayType}</c> layout when a module provides it.
    /// </summary>
    public string? Layout(string contentType, string displayType) =>
        _layouts.GetOrAdd((contentType, displayType), key =>
        {
            var baseName = "Content" + (key.DisplayType == DisplayTypes.Detail ? "" : "." + key.DisplayType);
            return Resolve([baseName + "." + key.ContentType, baseName]);
        });

    private bool Exists(string path) => _exists.GetOrAdd(path, p => engine.GetView(executingFilePath: null, p, isMainPage: false).Success);
}
