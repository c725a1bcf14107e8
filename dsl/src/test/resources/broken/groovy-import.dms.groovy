import java.nio.file.Files

scenario('orders') {
    replication('orders') {}
}
