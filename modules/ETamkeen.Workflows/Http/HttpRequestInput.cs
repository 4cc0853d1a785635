using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ETamkeen.Workflows.Http;

/// <summary>
/// A request as a workflow's input: <c>Method</c>, <c>Query</c> (name → value, or values when
/// repeated), <c>Body</c> (a JSON body as given, a form like the query, any other text as a string).
/// </summary>
public static class HttpRequestInput
{
    public const int MaxBodyBytes = 1024 * 1024;

    /// <exception cref="FormatException">The body is too large or not the JSON it says it is.</exception>
    public static async Task<JsonObject> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new FormatException($"The body is larger than {MaxBodyBytes / 1024} KB.");
        }

        var input = new JsonObject
        {
            ["Method"] = request.Method,
            ["Query"] = Pairs(request.Query.Select(q => (q.Key, (IReadOnlyList<string?>)q.Value)).Where(q => q.Key != "token")),
        };

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            input["Body"] = Pairs(form.Select(f => (f.Key, (IReadOnlyList<string?>)f.Value)).Where(f => f.Key != "__RequestVerificationToken"));
            return input;
        }

        using var reader = new StreamReader(request.Body);
        var buffer = new char[MaxBodyBytes + 1];
        var length = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (length > MaxBodyBytes)
        {
            throw new FormatException($"The body is larger than {MaxBodyBytes / 1024} KB.");
        }

        var text = new string(buffer, 0, length);
        if (text.Length == 0)
        {
            return input;
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                input["Body"] = JsonNode.Parse(text);
            }
            catch (JsonException e)
            {
                throw new FormatException("The body is not JSON: " + e.Message, e);
            }
        }
        else
        {
            input["Body"] = text;
        }

        return input;
    }

    private static JsonObject Pairs(IEnumerable<(string Key, IReadOnlyList<string?> Values)> pairs)
    {
        var result = new JsonObject();
        foreach (var (key, values) in pairs)
        {
            result[key] = values.Count == 1 ? JsonValue.Create(values[0]) : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }

        return result;
    }
}
