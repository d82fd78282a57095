using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Samverka.E2E.Tests.Grants;

/// <summary>A clock the test moves: starts at the real instant, moves only when told.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Like <see cref="BrowserFixture"/>, but the app's "now" is a <see cref="TestClock"/>, so a test can close a window.</summary>
public sealed class GrantsBrowserFixture : BrowserFixture
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureApp(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(Clock);
}

[CollectionDefinition(Name)]
public sealed class GrantsBrowserCollection : ICollectionFixture<GrantsBrowserFixture>
{
    public const string Name = "grants browser";
}
