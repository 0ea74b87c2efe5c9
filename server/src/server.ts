import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './start';

startServer(createConnection(ProposedFeatures.all));
