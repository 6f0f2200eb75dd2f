// English messages, one file per area so that areas can be edited independently.
import common from "./common.json";
import report from "./report.json";
import review from "./review.json";
import wizard from "./wizard.json";

const messages = { ...common, ...wizard, ...report, ...review };

export default messages;
