using ETamkeen.Shells;
using Xunit;

namespace ETamkeen.Tests;

public sealed class ShellSettingsValidatorTests
{
    [Theory]
    [InlineData("MinSante", "sante", true)]
    [InlineData("Min_Finances2", "finances-2", true)]
    [InlineData("2bad", "x", false)]
    [InlineData("bad-name", "x", false)]
    [InlineData("Good", "Upper", false)]
    [InlineData("Good", "admin", false)]
    [InlineData("Good", "a/b", false)]
    public void Names_and_prefixes(string name, string prefix, bool valid)
    {
        var errors = ShellSettingsValidator.Validate(new ShellSettings { Name = name, RequestUrlPrefix = prefix });
        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public void A_postgres_tenant_needs_a_readable_connection_string()
    {
        Assert.Contains("connection string", ShellSettingsValidator.DatabaseProblem(new ShellSettings { Name = "P", DatabaseProvider = "Postgres" }));
        Assert.Contains("can't be read", ShellSettingsValidator.DatabaseProblem(new ShellSettings { Name = "P", DatabaseProvider = "postgres", ConnectionString = "Nonsense Key=1" }));
        Assert.Null(ShellSettingsValidator.DatabaseProblem(new ShellSettings { Name = "P", DatabaseProvider = "Postgres", ConnectionString = "Host=127.0.0.1;Username=u" }));
        Assert.Contains("Unknown database provider", ShellSettingsValidator.DatabaseProblem(new ShellSettings { Name = "P", DatabaseProvider = "MySql" }));
    }

    [Fact]
    public void Only_Default_may_have_neither_prefix_nor_host()
    {
        Assert.Empty(ShellSettingsValidator.Validate(new ShellSettings { Name = ShellSettings.DefaultName }));
        Assert.NotEmpty(ShellSettingsValidator.Validate(new ShellSettings { Name = "Other" }));
        Assert.Empty(ShellSettingsValidator.Validate(new ShellSettings { Name = "Other", RequestUrlHosts = ["portail.mtnra.gov.ma:8080"] }));
    }
}
