// Several scenarios in one file; plain Groovy between them runs in file order.
def tables = ['public.orders', 'public.order_lines']

scenario('full load') {
    replication('orders') {
        type FULL_LOAD
        tables.eachWithIndex { name, i -> table name, rows: (i + 1) * 1000 }
    }
    start 'orders'
    await('orders') { status STOPPED }
    expect('orders') { stopReason FULL_LOAD_ONLY_FINISHED }
}

tables = tables + ['public.customers']

scenario('cdc') {
    replication('orders') {
        type CDC
        for (name in tables) {
            table name, rows: 0
        }
    }
    (1..2).each { n -> advance n.minutes }
}
