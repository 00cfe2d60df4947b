// Jest global setup: the pages load the bundled browser code, so every test run builds it first (milliseconds).
const { buildViews } = require('../../views/build');

module.exports = async () => buildViews({ quiet: true });
