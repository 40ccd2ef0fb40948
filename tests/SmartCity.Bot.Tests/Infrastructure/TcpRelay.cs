using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>
/// A TCP relay on 127.0.0.1 in front of a real server (PostgreSQL): <see cref="Cut"/> drops every connection and
/// refuses new ones, as a server that went down or restarted does to its clients; <see cref="Restore"/> listens again
/// on the same port.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public TcpRelay(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(IPAddress.Parse(targetHost == "localhost" ? "127.0.0.1" : targetHost), targetPort);
        Restore(0);
    }

    public int Port { get; private set; }

    public void Restore() => Restore(Port);

    private void Restore(int port)
    {
        _stop = new CancellationTokenSource();
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync(listener, _stop.Token);
    }

    public void Cut()
    {
        _stop.Cancel();
        _listener?.Stop();
        foreach (var connection in _connections.Keys) connection.Dispose();
        _connections.Clear();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(ct); }
            catch (Exception) { return; }
            _ = RelayAsync(client, ct);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken ct)
    {
        var server = new TcpClient();
        _connections[client] = 0;
        _connections[server] = 0;
        try
        {
            await server.ConnectAsync(_target, ct);
            var a = client.GetStream().CopyToAsync(server.GetStream(), ct);
            var b = server.GetStream().CopyToAsync(client.GetStream(), ct);
            await Task.WhenAny(a, b);
        }
        catch (Exception) { /* cut or closed */ }
        finally
        {
            client.Dispose();
            server.Dispose();
            _connections.TryRemove(client, out _);
            _connections.TryRemove(server, out _);
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
