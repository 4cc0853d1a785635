using ETamkeen.Contents.Handlers;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Fields;

/// <summary><c>LinkField {Url, Text, Target}</c>: web, mail and phone links or site-relative paths; never <c>javascript:</c>.</summary>
public sealed class LinkFieldHandler(IStringLocalizer<LinkFieldHandler> t) : IContentFieldHandler
{
    public string FieldName => "LinkField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryString(context.Value["Url"], out var url) || !JsonValues.TryString(context.Value["Text"], out _))
        {
            context.Error(t["{0}: the address and the text must be text.", context.Label]);
            return Task.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            if (JsonValues.Flag(context.Settings("LinkFieldSettings"), "Required"))
            {
                context.Error(t["{0} is required.", context.Label]);
            }

            return Task.CompletedTask;
        }

        if (!IsSafe(url.Trim()))
        {
            context.Error(t["{0}: use an http(s), mailto: or tel: address, or a path on this site.", context.Label]);
        }

        return Task.CompletedTask;
    }

    public static bool IsSafe(string url)
    {
        if (url.StartsWith("~/", StringComparison.Ordinal) || url.StartsWith('#')
            || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel";
    }
}

/// <summary><c>MediaField {Paths, MediaTexts}</c>: paths inside the tenant's media library.</summary>
public sealed class MediaFieldHandler(IStringLocalizer<MediaFieldHandler> t) : IContentFieldHandler
{
    public string FieldName => "MediaField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryStrings(context.Value["Paths"], out var paths))
        {
            context.Error(t["{0} must be a list of media paths.", context.Label]);
            return Task.CompletedTask;
        }

        var settings = context.Settings("MediaFieldSettings");
        if (JsonValues.Flag(settings, "Required") && paths.Count == 0)
        {
            context.Error(t["{0} is required.", context.Label]);
        }

        if (settings is not null && !JsonValues.Flag(settings, "Multiple") && settings.ContainsKey("Multiple") && paths.Count > 1)
        {
            context.Error(t["{0} takes one file.", context.Label]);
        }

        if (paths.Any(p => p.Length == 0 || p.Length > 1024 || p.StartsWith('/') || p.Contains('\\') || p.Split('/').Contains("..") || p.Contains(':')))
        {
            context.Error(t["{0} holds a path outside the media library.", context.Label]);
        }

        return Task.CompletedTask;
    }
}
