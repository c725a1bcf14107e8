// Two scenarios in one file; the second is tagged nightly. Line numbers matter to DmsScenarioTestEngineTest.
scenario('cdc starts') {
    replication('orders') {
        type CDC
        table 'public.orders', rows: 10
    }
    start 'orders'
    await('orders') { status RUNNING; within 1.hours }
}

scenario('cdc stops') {
    tag 'nightly'
    replication('orders') {
        type CDC
        table 'public.orders', rows: 10
    }
    start 'orders'
    await('orders') { status RUNNING; within 1.hours }
    stop 'orders'
    await('orders') { status STOPPED; within 10.minutes }
}
