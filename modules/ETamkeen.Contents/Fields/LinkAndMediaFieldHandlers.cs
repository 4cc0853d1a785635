using ETamkeen.Contents.Handlers;

namespace ETamkeen.Contents.Fields;

/// <summary><c>LinkField {Url, Text, Target}</c>: web, mail and phone links or site-relative paths; never <c>javascript:</c>.</summary>
public sealed class LinkFieldHandler : IContentFieldHandler
{
    public string FieldName => "LinkField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryString(context.Value["Url"], out var url) || !JsonValues.TryString(context.Value["Text"], out _))
        {
            context.Error($"{context.Label}: the address and the text must be text.");
            return Task.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            if (JsonValues.Flag(context.Settings("LinkFieldSettings"), "Required"))
            {
                context.Error($"{context.Label} is required.");
            }

            return Task.CompletedTask;
        }

        if (!IsSafe(url.Trim()))
        {
            context.Error($"{context.Label}: use an http(s), mailto: or tel: address, or a path on this site.");
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
public sealed class MediaFieldHandler : IContentFieldHandler
{
    public string FieldName => "MediaField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryStrings(context.Value["Paths"], out var paths))
        {
            context.Error($"{context.Label} must be a list of media paths.");
            return Task.CompletedTask;
        }

        var settings = context.Settings("MediaFieldSettings");
        if (JsonValues.Flag(settings, "Required") && paths.Count == 0)
        {
            context.Error($"{context.Label} is required.");
        }

        if (settings is not null && !JsonValues.Flag(settings, "Multiple") && settings.ContainsKey("Multiple") && paths.Count > 1)
        {
            context.Error($"{context.Label} takes one file.");
        }

        if (paths.Any(p => p.Length == 0 || p.Length > 1024 || p.StartsWith('/') || p.Contains('\\') || p.Split('/').Contains("..") || p.Contains(':')))
        {
            context.Error($"{context.Label} holds a path outside the media library.");
        }

        return Task.CompletedTask;
    }
}
