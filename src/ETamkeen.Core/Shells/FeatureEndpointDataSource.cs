using ETamkeen.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace ETamkeen.Shells;

/// <summary>
/// MVC discovers the controllers of every module once for the process; a tenant sees only
/// those of the features it has enabled.
/// </summary>
internal sealed class FeatureEndpointDataSource(EndpointDataSource inner, IModuleCatalog catalog, IReadOnlySet<string> enabled) : EndpointDataSource, IDisposable
{
    /// <summary>The controller source listens to MVC's change token: it must stop when the tenant goes.</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();

    private IReadOnlyList<Endpoint>? _endpoints;
    private IReadOnlyList<Endpoint>? _source;

    public override IReadOnlyList<Endpoint> Endpoints
    {
        get
        {
            var source = inner.Endpoints;
            if (!ReferenceEquals(source, _source) || _endpoints is null)
            {
                _endpoints = [.. source.Where(IsEnabled)];
                _source = source;
            }

            return _endpoints;
        }
    }

    public override IChangeToken GetChangeToken() => inner.GetChangeToken();

    private bool IsEnabled(Endpoint endpoint)
    {
        var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
        if (action is null)
        {
            return true;
        }

        var feature = catalog.FeatureOf(action.ControllerTypeInfo.AsType());
        return feature is null || enabled.Contains(feature.Id);
    }
}
