scenario('outer') {
    scenario('inner') {
        replication('orders') {}
    }
}
