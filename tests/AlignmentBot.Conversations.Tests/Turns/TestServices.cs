using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Conversations.Tests.Turns;

/// <summary>A hand-written service provider and scope factory: just the services a test hands it.</summary>
internal sealed class TestServices : IServiceProvider, IServiceScopeFactory, IServiceScope
{
    private readonly Dictionary<Type, Func<object>> _services = [];

    public int ScopesCreated { get; private set; }

    public Func<IServiceScope>? CreateScopeOverride { get; set; }

    public IServiceProvider ServiceProvider => this;

    public TestServices Add<T>(T service)
        where T : notnull
    {
        _services[typeof(T)] = () => service;
        return this;
    }

    public TestServices Add<T>(Func<T> factory)
        where T : notnull
    {
        _services[typeof(T)] = () => factory();
        return this;
    }

    public object? GetService(Type serviceType) => _services.TryGetValue(serviceType, out var factory) ? factory() : null;

    public IServiceScope CreateScope()
    {
        ScopesCreated++;
        return CreateScopeOverride?.Invoke() ?? this;
    }

    public void Dispose()
    {
    }
}
