// English messages, one file per area so that areas can be edited independently.
import common from "./common.json";
import report from "./report.json";

const messages = { ...common, ...report };

export default messages;
