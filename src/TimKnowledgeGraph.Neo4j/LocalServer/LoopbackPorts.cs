using System.Net;
using System.Net.Sockets;

namespace TimKnowledgeGraph.Neo4j.LocalServer;

/// <summary>Chooses the HTTP and Bolt ports on 127.0.0.1: configured ones must be free, 0 means any free port.</summary>
internal static class LoopbackPorts
{
    public static (int Http, int Bolt) Resolve(int httpPort, int boltPort)
    {
        // Both probes stay open until both ports are known, so two "any" requests never get the same port.
        using var http = Reserve(httpPort, "HttpPort");
        using var bolt = Reserve(boltPort, "BoltPort");
        return (Port(http), Port(bolt));
    }

    private static Socket Reserve(int port, string setting)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            // Like Java's listener: ignore TIME_WAIT leftovers of an earlier run, but still fail if someone listens.
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return socket;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            socket.Dispose();
            throw new LocalNeo4jException(
                $"Port {port} on 127.0.0.1 is already in use (another Neo4j?): set Neo4j:Local:{setting} to a free port, or 0 to pick one");
        }
    }

    private static int Port(Socket socket) => ((IPEndPoint)socket.LocalEndPoint!).Port;
}
