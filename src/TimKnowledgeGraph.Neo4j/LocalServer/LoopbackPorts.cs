using System.Net;
using System.Net.Sockets;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>
/// Chooses the HTTP and Bolt ports on 127.0.0.1: configured ones must be free, 0 means any free port. The host's own
/// listen address is checked the same way (<see cref="TryBind"/>) before it starts anything.
/// </summary>
public static class LoopbackPorts
{
    internal static (int Http, int Bolt) Resolve(int httpPort, int boltPort)
    {
        // Both probes stay open until both ports are known, so two "any" requests never get the same port.
        using var http = Reserve(httpPort, "HttpPort");
        using var bolt = Reserve(boltPort, "BoltPort");
        return (Port(http), Port(bolt));
    }

    private static Socket Reserve(int port, string setting) =>
        TryBind(IPAddress.Loopback, port) ?? throw new LocalNeo4jException(
            $"Port {port} on 127.0.0.1 is already in use (another Neo4j?): set Neo4j:Local:{setting} to a free port, or 0 to pick one");

    /// <summary>A socket bound to <paramref name="address"/> and <paramref name="port"/> (0: any free port), or null when another process listens there.</summary>
    public static Socket? TryBind(IPAddress address, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            // Like Java's and Kestrel's listeners: ignore TIME_WAIT leftovers of an earlier run, but still fail if someone listens.
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(address, port));
            return socket;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            socket.Dispose();
            return null;
        }
    }

    private static int Port(Socket socket) => ((IPEndPoint)socket.LocalEndPoint!).Port;
}
