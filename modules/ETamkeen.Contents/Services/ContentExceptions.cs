namespace ETamkeen.Contents.Services;

public sealed class UnknownContentTypeException(string contentType)
    : Exception($"There is no content type '{contentType}'.")
{
    public string ContentType { get; } = contentType;
}

public sealed class ContentNotFoundException(string id) : Exception($"No content item '{id}'.");
