// Includes a building block three ways.
scenario('with include') {
    replication('orders') { table 'public.orders', rows: 1000 }
    include 'classpath:groovy/blocks/start-and-load.dms.groovy', target: 'orders', percent: 50
    include 'classpath:groovy/blocks/start-and-load.dms.groovy'
    include('classpath:groovy/blocks/start-and-load.dms.groovy', [target: 'orders', percent: 75])
}
