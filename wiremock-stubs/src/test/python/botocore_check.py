"""Drives the simulator with boto3, the AWS SDK for Python: every DMS waiter and paginator botocore knows.

An independent client: botocore has its own models, waiters, paginators, JSON codec and error parsing, so
this checks the wire protocol against a second SDK. Prints one line per check ("OK name ..." or
"FAIL name ...") and exits with the number of failures.
Usage: python3 botocore_check.py URL  (a server with a manual clock: waits move it through the admin API)
"""
import contextlib
import json
import threading
import sys
import urllib.request

import boto3
import botocore
import botocore.session

URL, ACCOUNT = sys.argv[1], '123456789012'
WAIT = {'Delay': 0.1, 'MaxAttempts': 600}
dms = boto3.client('dms', endpoint_url=URL, region_name='us-east-1',
                   aws_access_key_id=ACCOUNT, aws_secret_access_key='secret')
failures = []


def check(name, action):
    try:
        print('OK  ', name, action() or '', flush=True)
    except Exception as e:  # every failure is reported, then the next check runs
        failures.append(name)
        print('FAIL', name, type(e).__name__, str(e)[:300], flush=True)


def wait(waiter, **params):
    """Waits with the SDK's waiter while a second thread moves the server's manual clock forward."""
    with advancing_clock():
        dms.get_waiter(waiter).wait(WaiterConfig=WAIT, **params)


@contextlib.contextmanager
def advancing_clock():
    stop = threading.Event()

    def advance():
        while not stop.wait(0.01):
            admin('clock/advance', {'duration': 'PT30S'})

    thread = threading.Thread(target=advance, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def wait_fails(waiter, **params):
    try:
        wait(waiter, **params)
    except botocore.exceptions.WaiterError as e:
        if 'terminal failure state' in str(e):
            return 'failure acceptor reached'
        raise
    raise AssertionError(waiter + ' succeeded where its failure acceptor should match')


def admin(path, body):
    request = urllib.request.Request(URL + '/__admin/dms/' + path, json.dumps(body).encode(),
                                     {'Content-Type': 'application/json'})
    return urllib.request.urlopen(request).read()


def by(name, value):
    return {'Filters': [{'Name': name, 'Values': [value]}]}


ALL_TABLES = json.dumps({'rules': [{'rule-type': 'selection', 'rule-id': '1', 'rule-name': '1',
                                    'object-locator': {'schema-name': '%', 'table-name': '%'},
                                    'rule-action': 'include'}]})
SCHEMAS = json.dumps({'rules': [{'rule-type': 'selection', 'rule-id': '1', 'rule-name': '1',
                                 'object-locator': {'server-name': 'hr-source', 'schema-name': '%'},
                                 'rule-action': 'explicit'}]})
HR = json.dumps({'rules': [{'rule-type': 'selection', 'rule-id': '1', 'rule-name': '1',
                            'object-locator': {'server-name': 'hr-source', 'schema-name': 'hr'},
                            'rule-action': 'explicit'}]})
state = {}


def endpoint(identifier, kind):
    return dms.create_endpoint(EndpointIdentifier=identifier, EndpointType=kind, EngineName='postgres',
                               ServerName=identifier + '.example.com', Port=5432, DatabaseName='app',
                               Username='dms', Password='secret')['Endpoint']['EndpointArn']


def classic_lifecycle():
    admin('tables', {'account': ACCOUNT, 'tables': {'public.orders': 200000, 'public.customers': 5000}})
    instance = dms.create_replication_instance(ReplicationInstanceIdentifier='ri-1',
                                               ReplicationInstanceClass='dms.t3.medium')['ReplicationInstance']
    wait('replication_instance_available', **by('replication-instance-id', 'ri-1'))
    source, target = endpoint('source-1', 'source'), endpoint('target-1', 'target')
    dms.test_connection(ReplicationInstanceArn=instance['ReplicationInstanceArn'], EndpointArn=source)
    wait('test_connection_succeeds', **by('endpoint-arn', source))
    task = dms.create_replication_task(ReplicationTaskIdentifier='task-1', MigrationType='full-load-and-cdc',
                                       SourceEndpointArn=source, TargetEndpointArn=target,
                                       ReplicationInstanceArn=instance['ReplicationInstanceArn'],
                                       TableMappings=ALL_TABLES)['ReplicationTask']['ReplicationTaskArn']
    wait('replication_task_ready', **by('replication-task-arn', task))
    dms.start_replication_task(ReplicationTaskArn=task, StartReplicationTaskType='start-replication')
    wait('replication_task_running', **by('replication-task-arn', task))
    dms.stop_replication_task(ReplicationTaskArn=task)
    wait('replication_task_stopped', **by('replication-task-arn', task))
    stopped = dms.describe_replication_tasks(**by('replication-task-arn', task))['ReplicationTasks'][0]
    state.update(task=task, source=source, instance=instance['ReplicationInstanceArn'])
    return 'StopReason=' + stopped['StopReason']


def classic_deletes():
    dms.delete_replication_task(ReplicationTaskArn=state['task'])
    wait('replication_task_deleted', **by('replication-task-arn', state['task']))
    dms.delete_endpoint(EndpointArn=state['source'])
    wait('endpoint_deleted', **by('endpoint-arn', state['source']))
    dms.delete_replication_instance(ReplicationInstanceArn=state['instance'])
    wait('replication_instance_deleted', **by('replication-instance-id', 'ri-1'))


def task_failure_acceptors():
    instance = dms.create_replication_instance(ReplicationInstanceIdentifier='ri-2',
                                               ReplicationInstanceClass='dms.t3.medium')['ReplicationInstance']
    wait('replication_instance_available', **by('replication-instance-id', 'ri-2'))
    task = dms.create_replication_task(ReplicationTaskIdentifier='task-2', MigrationType='full-load',
                                       SourceEndpointArn=endpoint('source-2', 'source'),
                                       TargetEndpointArn=endpoint('target-2', 'target'),
                                       ReplicationInstanceArn=instance['ReplicationInstanceArn'],
                                       TableMappings=ALL_TABLES)['ReplicationTask']['ReplicationTaskArn']
    wait('replication_task_ready', **by('replication-task-arn', task))
    admin('incidents', {'account': ACCOUNT, 'resource': 'task-2', 'incident': 'failAtPercent', 'percent': 10,
                        'severity': 'FATAL_ERROR', 'message': 'ORA-01555 snapshot too old'})
    dms.start_replication_task(ReplicationTaskArn=task, StartReplicationTaskType='start-replication')
    return wait_fails('replication_task_stopped', **by('replication-task-arn', task))


def schema_conversion():
    admin('tables', {'account': ACCOUNT, 'tables': {'hr.employees': 2000, 'hr.departments': 40}})
    dms.create_instance_profile(InstanceProfileName='hr-profile')
    for side in ('source', 'target'):
        dms.create_data_provider(DataProviderName='hr-' + side, Engine='postgres', Settings={
            'PostgreSqlSettings': {'ServerName': side + '.example.com', 'Port': 5432, 'DatabaseName': 'hr'}})
    dms.create_migration_project(MigrationProjectName='hr', InstanceProfileIdentifier='hr-profile',
                                 SourceDataProviderDescriptors=[{'DataProviderIdentifier': 'hr-source'}],
                                 TargetDataProviderDescriptors=[{'DataProviderIdentifier': 'hr-target'}])
    done = []
    for start, waiter, extra in [
            ('start_metadata_model_import', 'metadata_model_imported', {'Origin': 'SOURCE'}),
            ('start_metadata_model_assessment', 'metadata_model_assessed', {}),
            ('start_metadata_model_conversion', 'metadata_model_converted', {}),
            ('start_metadata_model_export_as_script', 'metadata_model_exported_as_script', {'Origin': 'TARGET'}),
            ('start_metadata_model_export_to_target', 'metadata_model_exported_to_target', {}),
            ('start_metadata_model_creation', 'metadata_model_created',
             {'MetadataModelName': 'audit', 'Properties': {'StatementProperties': {'Definition': 'CREATE VIEW audit AS SELECT 1'}}})]:
        rules = HR if 'creation' in start else SCHEMAS
        request = getattr(dms, start)(MigrationProjectIdentifier='hr', SelectionRules=rules, **extra)
        wait(waiter, MigrationProjectIdentifier='hr', **by('request-id', request['RequestIdentifier']))
        done.append(waiter)
    request = dms.start_extension_pack_association(MigrationProjectIdentifier='hr')
    wait('extension_pack_associated', MigrationProjectIdentifier='hr', **by('request-id', request['RequestIdentifier']))
    return ' '.join(done) + ' extension_pack_associated'


def schema_conversion_cancelled():
    results = []
    for start, cancel, waiter, extra in [
            ('start_metadata_model_conversion', 'cancel_metadata_model_conversion',
             'metadata_model_conversion_cancelled', {}),
            ('start_metadata_model_creation', 'cancel_metadata_model_creation', 'metadata_model_creation_cancelled',
             {'MetadataModelName': 'audit2', 'Properties': {'StatementProperties': {'Definition': 'CREATE VIEW a2 AS SELECT 1'}}})]:
        rules = HR if 'creation' in start else SCHEMAS
        request = getattr(dms, start)(MigrationProjectIdentifier='hr', SelectionRules=rules, **extra)
        getattr(dms, cancel)(MigrationProjectIdentifier='hr', RequestIdentifier=request['RequestIdentifier'])
        wait(waiter, MigrationProjectIdentifier='hr', **by('request-id', request['RequestIdentifier']))
        results.append(waiter)
    return ' '.join(results)


def conversion_failure_acceptor():
    admin('incidents', {'account': ACCOUNT, 'resource': 'hr', 'incident': 'schemaConversionFailure',
                        'step': 'CONVERSION', 'message': 'Unsupported data type SDO_GEOMETRY'})
    request = dms.start_metadata_model_conversion(MigrationProjectIdentifier='hr', SelectionRules=SCHEMAS)
    return wait_fails('metadata_model_converted', MigrationProjectIdentifier='hr',
                      **by('request-id', request['RequestIdentifier']))


def paginators():
    dms.refresh_schemas(EndpointArn=state['source'], ReplicationInstanceArn=state['instance'])
    with advancing_clock():
        while dms.describe_refresh_schemas_status(EndpointArn=state['source'])['RefreshSchemasStatus']['Status'] != 'successful':
            pass
    for i in range(25):
        endpoint('page-%02d' % i, 'target')
    model = dms.meta.service_model
    names = botocore.session.get_session().get_paginator_model('dms')._paginator_config
    lines = []
    for operation in sorted(names):
        required = model.operation_model(operation).input_shape.required_members
        params = {'ReplicationTaskArn': state['task']} if 'ReplicationTaskArn' in required else {}
        if 'MigrationProjectIdentifier' in required:
            params['MigrationProjectIdentifier'] = 'hr'
        if 'SelectionRules' in required:
            params['SelectionRules'] = SCHEMAS
        if 'Origin' in required:
            params['Origin'] = 'SOURCE'
        if 'EndpointArn' in required:
            params['EndpointArn'] = state['source']
        if operation == 'DescribeMetadataModelChildren':
            params['SelectionRules'] = HR
        missing = [m for m in required if m not in params]
        if missing:
            raise AssertionError(operation + ' needs ' + ','.join(missing))
        pages = list(dms.get_paginator(botocore.xform_name(operation)).paginate(
            PaginationConfig={'PageSize': 20}, **params))
        lines.append('%s:%d' % (operation, len(pages)))
    endpoints = [p for p in dms.get_paginator('describe_endpoints').paginate(PaginationConfig={'PageSize': 20})]
    if len(endpoints) < 2:
        raise AssertionError('25+ endpoints in pages of 20 came in %d page(s)' % len(endpoints))
    return '%d paginators: %s' % (len(names), ' '.join(lines))


def errors():
    try:
        dms.start_replication_task(ReplicationTaskArn='arn:aws:dms:us-east-1:%s:task:NOPE' % ACCOUNT,
                                   StartReplicationTaskType='start-replication')
    except dms.exceptions.ResourceNotFoundFault as e:
        assert e.response['ResponseMetadata']['HTTPStatusCode'] == 400
        return e.response['Error']['Message']
    raise AssertionError('no ResourceNotFoundFault')


check('classic lifecycle (instance, connection, task waiters)', classic_lifecycle)
check('task failure acceptor', task_failure_acceptors)
check('schema conversion waiters', schema_conversion)
check('schema conversion cancellation waiters', schema_conversion_cancelled)
check('schema conversion failure acceptor', conversion_failure_acceptor)
check('paginators', paginators)
check('classic delete waiters', classic_deletes)
check('modelled error', errors)
print('failures:', len(failures), flush=True)
sys.exit(len(failures))
