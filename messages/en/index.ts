// English messages, one file per area so that areas can be edited independently.
import common from "./common.json";
import report from "./report.json";
import wizard from "./wizard.json";

const messages = { ...common, ...wizard, ...report };

export default messages;
