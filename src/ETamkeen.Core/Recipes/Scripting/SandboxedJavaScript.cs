using System.Globalization;
using Jint;

namespace ETamkeen.Recipes.Scripting;

/// <summary>
/// A Jint engine for scripts written by administrators (recipes, workflows): no .NET access, no
/// string compilation (eval), invariant culture and UTC, and the caller's time, statement,
/// memory and recursion limits, so that a bad script fails instead of taking the process down.
/// </summary>
public static class SandboxedJavaScript
{
    public static Engine Create(TimeSpan timeLimit, int statementLimit, long memoryLimitBytes, int recursionLimit) =>
        new(options =>
        {
            options.TimeoutInterval(timeLimit)
                .MaxStatements(statementLimit)
                .LimitMemory(memoryLimitBytes)
                .LimitRecursion(recursionLimit)
                .DisableStringCompilation();
            options.Interop.Enabled = false;
            options.Constraints.RegexTimeout = timeLimit;
            options.Culture = CultureInfo.InvariantCulture;
            options.TimeZone = TimeZoneInfo.Utc;
        });
}
