// A building block for includes: starts a replication and waits for a share of its full load.
scenario('start and load') {
    parameter 'target', 'orders'
    parameter 'percent', 100
    def target = param('target')
    def share = longParam('percent') as int
    start target
    await(target) { fullLoad share; within 1.hour }
}
