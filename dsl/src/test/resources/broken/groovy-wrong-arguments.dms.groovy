scenario('orders') {
    replication('orders') {}
    await('orders') { fullLoad 'all of it' }
}
