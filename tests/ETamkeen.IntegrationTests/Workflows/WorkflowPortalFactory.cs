using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>The portal with its mail relay on a local SMTP server and its clock in the tests' hands.</summary>
public sealed class WorkflowPortalFactory() : MailingPortalFactory(manualClock: true);

[CollectionDefinition(Name)]
public sealed class WorkflowCollection : ICollectionFixture<WorkflowPortalFactory>
{
    public const string Name = "Workflows";
}
