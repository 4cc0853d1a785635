using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Email;

/// <summary>
/// The portal with the host's SMTP relay (<c>ETamkeen:Smtp</c>) pointed at a real local server,
/// <see cref="Smtp"/>: what any test of mail the portal sends (reset, confirmation,
/// notifications) runs on, in <see cref="EmailCollection"/>.
/// </summary>
public sealed class EmailPortalFactory() : MailingPortalFactory(manualClock: false);

[CollectionDefinition(Name)]
public sealed class EmailCollection : ICollectionFixture<EmailPortalFactory>
{
    public const string Name = "Email";
}
