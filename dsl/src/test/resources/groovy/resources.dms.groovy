// Every option of the resource blocks.
scenario('resources') {
    replication('orders') {
        type FULL_LOAD
        table 'public.orders', rows: 2_000_000
        table 'public.order_lines', 9_000_000
        sourceEngine 'oracle'
        targetEngine 'aurora-postgresql'
        maxCapacityUnits 8
    }
    replication('changes') {
        type 'cdc'
    }
    replication('defaults') {
    }
    dataMigration('customers') {
        type FULL_LOAD
        table 'public.customers', rows: 50_000
        table 'public.addresses', 70_000
        engine 'mysql'
    }
    dataMigration('catalog') {
        type 'full-load-and-cdc'
    }
}
