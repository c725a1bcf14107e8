package com.example.migration;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

@Suite
@IncludeEngines("dms-scenarios")
@SelectClasspathResource("scenarios")
class ScenarioSuiteTest {}
