// Each vendor document's own example request, so every tab opens on something real and
// accepted. The pasted request carries two near misses to show suggestions at once.
export const EXAMPLES = {
  'enswitch/people/create': {
    auth_username: 'user', auth_password: 'password', username: 'user@example.com', email: 'user@example.com',
    password: 'secret', role: '1',
  },
  'enswitch/people/update': { auth_username: 'user', auth_password: 'password', id: '123', username: 'user@example.com' },
  'api20/users/create': { name: 'Test User', email: 'test.user@example.com', username: 'test.user@example.com', customer_id: '1' },
  'activeplatform/users/create': {
    api_token: '654321', first_name: 'John', last_name: 'Doe', password: 'N;T@o;y!4TNqlV', email: 'john.doe8@activeplatfrom.com',
    custom_attributes: [{ key: 'age', value: '21' }],
  },
  'cove/AddUser': {
    Name: 'backup.test@mail.com', PartnerId: '123456', Password: 'AbC123DeF!', RoleId: '1', EmailAddress: 'backup.test@mail.com',
    FirstName: 'Backup', FullName: 'Test', Title: 'Manager',
  },
};

export const EXAMPLE_REQUEST =
  'http://enswitch.example.com/api/json/people/create/?auth_username=user;auth_password=password;username=user@example.com;email=user@example.com;password=secret;role=1;timezone=europe/london;forname=Ann';
