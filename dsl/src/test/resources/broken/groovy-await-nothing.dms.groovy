scenario('orders') {
    replication('orders') {}
    await('orders') {
        within 10.minutes
    }
}
